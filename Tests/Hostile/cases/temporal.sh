# Extreme temporal values: the epoch forms and arithmetic that once stopped the process with an
# arithmetic overflow trap, and a database holding the edges of the supported range, which every
# output format, the dump, the export and a checkpoint must get through.
. "$(dirname "$0")/../lib.sh"
LIMIT=20
max=9223372036854775807

# Each of these trapped (SIGILL); now an error naming the range, with exit status 1.
for query in \
  "RETURN datetime({epochSeconds: -$max})" \
  "RETURN datetime({epochSeconds: $max, timezone: '+14:00'})" \
  "RETURN datetime({epochSeconds: -100000000000000000})" \
  "RETURN datetime.fromepoch(-$max, 0)" \
  "RETURN date('2020-01-01') + duration({months: $max})" \
  "RETURN datetime('2020-01-01T00:00[Europe/Stockholm]') + duration({seconds: 9000000000000000000})"; do
  t -c "$query"
  no_crash "$query"
  expect_status "$query" 1
  expect_output "$query" "InvalidArgumentValue"
done

t -c "RETURN datetime({year: 999999999, month: 12, day: 31}).epochMillis"
no_crash "epochMillis of the last year"
expect_output "epochMillis of the last year" "IntegerOverflow"
t -c "RETURN duration({seconds: $max, nanoseconds: 999999999}) + duration({nanoseconds: 1})"
no_crash "a duration's nanoseconds carried past the largest seconds"
expect_output "a duration's nanoseconds carried past the largest seconds" "IntegerOverflow"

# epochMillis of the smallest integers is some 292 million years ago, inside the range.
t -c "RETURN toString(datetime({epochMillis: -$max})) AS s"
no_crash "epochMillis -$max"
expect_status "epochMillis -$max" 0
expect_output "epochMillis -$max" "-292275055-05-16T16:47:04.193Z"

# A database file refuses the out-of-range value and keeps the edges of the range.
t new x.trellis
expect_status "new x.trellis" 0
t x.trellis -c "CREATE (:Z {e: datetime({epochSeconds: $max, timezone: '+14:00'})})"
no_crash "storing an out-of-range datetime"
expect_status "storing an out-of-range datetime" 1
t x.trellis -c "CREATE (:Edge {dmin: date('-999999999-01-01'), dmax: date('+999999999-12-31'),
  zmax: datetime('+999999999-12-31T23:59:59.999999999-18:00'), zmin: datetime('-999999999-01-01T00:00+18:00'),
  named: datetime('+999999999-12-31T12:00[Europe/Stockholm]'), ms: datetime({epochMillis: -$max}),
  ldt: localdatetime('+999999999-12-31T23:59:59.999999999'), t: time('23:59:59.999999999-18:00'),
  dur: duration({months: $max, days: -$max - 1, seconds: $max, nanoseconds: 999999999})})"
no_crash "storing the edges of the range"
expect_status "storing the edges of the range" 0
for format in table csv json jsonl; do
  t x.trellis --format $format -c "MATCH (e:Edge) RETURN e, e.zmax.epochSeconds, toString(e.dur)"
  no_crash "reading as $format"
  expect_status "reading as $format" 0
  expect_output "reading as $format" "+999999999-12-31T23:59:59.999999999-18:00"
done
t x.trellis -c "CHECKPOINT"
no_crash "checkpoint"
t x.trellis --read-only -c "MATCH (e:Edge) RETURN e.ms, e.dur"
no_crash "reopening after the checkpoint"
expect_output "reopening after the checkpoint" "-292275055-05-16T16:47:04.193Z"

t dump --db x.trellis --output dump.cypher
no_crash "dump"
expect_status "dump" 0
t run dump.cypher -c "MATCH (e:Edge) RETURN e.dur = duration({months: $max, days: -$max - 1, seconds: $max, nanoseconds: 999999999}) AS same"
no_crash "reloading the dump"
t run --db reloaded.trellis dump.cypher
no_crash "reloading the dump into a file"
expect_status "reloading the dump into a file" 0
t reloaded.trellis -c "MATCH (e:Edge) RETURN e.dur = duration({months: $max, days: -$max - 1, seconds: $max, nanoseconds: 999999999}) AS same, e.zmax = datetime('+999999999-12-31T23:59:59.999999999-18:00') AS zmax"
expect_output "the dump reloads the same values" "| true | true |"
t dump --db x.trellis --format csv --output csv
no_crash "dump as CSV"
expect_status "dump as CSV" 0
t export --dot --db x.trellis -c "MATCH (e:Edge) RETURN e"
no_crash "export"
expect_status "export" 0

STDIN='{"query": "RETURN datetime({epochSeconds: -9223372036854775807}) AS d"}
{"query": "MATCH (e:Edge) RETURN e.zmin AS d"}
' t serve --stdio x.trellis --read-only
no_crash "serve"
expect_output "serve" "InvalidArgumentValue"
expect_output "serve" "-999999999-01-01T00:00+18:00"

finish
