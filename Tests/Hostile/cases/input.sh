# Input that is not UTF-8, over-long statements and request lines, and serve requests with null
# members: each is refused with a clear error, stores nothing and keeps memory bounded.
. "$(dirname "$0")/../lib.sh"

# Peak resident memory, in MiB, of the command given (its standard input from $IN when set).
peak_mib() {
  timeout -k 5 60 /usr/bin/time -o "$WORK/peak.rss" -f '%M' "$@" < "${IN:-/dev/null}" > "$WORK/peak.out" 2> "$WORK/peak.err"
  echo $(( $(tail -n 1 "$WORK/peak.rss") / 1024 ))
}

count_u() {
  t u.trellis --format csv -c 'MATCH (u:U) RETURN count(u) AS n'
  printf '%s' "$out" | tail -n 1
}

# Invalid UTF-8 on standard input: refused at its byte, nothing stored.
STDIN=$(printf "CREATE (:U {name: 'caf\351'});\n") t u.trellis
no_crash "stdin: invalid UTF-8"
expect_status "stdin: invalid UTF-8 exits 1" 1
expect_output "stdin: error at its place" "<stdin>:1:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 22"
check "stdin: nothing stored" [ "$(count_u)" = 0 ]

# The same in -c, in a script file and in --init.
t u.trellis -c "$(printf "CREATE (:U {name: 'caf\351'})")"
expect_status "-c: invalid UTF-8 exits 1" 1
expect_output "-c: error at its place" "<command>:1:23: error: the text is not valid UTF-8"
printf "RETURN 1;\nCREATE (:U {name: 'caf\351'});\n" > bad.cypher
t run --db u.trellis bad.cypher
expect_status "script: invalid UTF-8 exits 1" 1
expect_output "script: error at its place" "bad.cypher:2:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 32"
t u.trellis --init bad.cypher -c 'RETURN 1'
expect_status "--init: invalid UTF-8 exits 1" 1
check "script and -c: nothing stored" [ "$(count_u)" = 0 ]

# A serve request holding invalid UTF-8, and null parameters and limits.
STDIN=$(printf '{"id":1,"query":"CREATE (:U {name: '"'"'caf\351'"'"'})"}\n{"id":2,"query":"RETURN 1","parameters":null}\n{"id":3,"query":"RETURN 1","limits":null}\n{"id":4,"query":"RETURN 1","limits":{"timeout":null}}\n') \
  t serve --stdio u.trellis
no_crash "serve: bad requests"
expect_status "serve: ends normally" 0
expect_output "serve: invalid UTF-8 is InvalidJSON" '{"id":null,"ok":false,"error":{"kind":"ProtocolError","code":"InvalidJSON"'
expect_output "serve: null parameters" '{"id":2,"ok":false,"error":{"kind":"ProtocolError","code":"InvalidField","message":"\"parameters\" must be an object, not null"}}'
expect_output "serve: null limits" '{"id":3,"ok":false,"error":{"kind":"ProtocolError","code":"InvalidField"'
expect_output "serve: null timeout" '{"id":4,"ok":false,"error":{"kind":"ProtocolError","code":"InvalidField"'
check "serve: nothing stored" [ "$(count_u)" = 0 ]

# An over-long statement (a 10 MB list literal, past the default 8 MiB) on standard input and in a file.
python3 -c "print('RETURN size([' + ','.join(['1'] * 5000000) + ']) AS n')" > long.cypher
mib=$(IN=long.cypher peak_mib "$TRELLIS")
out=$(cat "$WORK/peak.err")
expect_output "long stdin statement: refused" "<stdin>:1:1: error: the statement is longer than the limit of 8 MiB [LimitExceeded.StatementTooLong]"
check "long stdin statement: at most 100 MiB held (took $mib MiB)" [ "$mib" -le 100 ]
t run long.cypher
expect_status "long script statement: exits 1" 1
expect_output "long script statement: refused" "long.cypher:1:1: error: the statement is longer than the limit of 8 MiB"
# Within a raised bound, a 2 MB list of constants parses in modest memory.
python3 -c "print('RETURN size([' + ','.join(str(i) for i in range(300000)) + ']) AS n')" > list.cypher
mib=$(IN=list.cypher peak_mib "$TRELLIS" --format csv)
check "2 MB list: right answer" grep -qx 300000 "$WORK/peak.out"
check "2 MB list: at most 150 MiB held (took $mib MiB)" [ "$mib" -le 150 ]

# An over-long serve line (20 MB, past --max-request-size 1M): skipped a piece at a time, then the next line is answered.
python3 -c "
import sys
sys.stdout.write('{\"id\": 1, \"query\": \"RETURN ' + '1+' * 10000000 + '1\"}\n{\"id\": 2, \"query\": \"RETURN 2 AS two\"}\n')" > long.jsonl
mib=$(IN=long.jsonl peak_mib "$TRELLIS" serve --stdio --max-request-size 1M)
out=$(cat "$WORK/peak.out")
expect_output "long serve line: RequestTooLong" '{"id":null,"ok":false,"error":{"kind":"ProtocolError","code":"RequestTooLong"'
expect_output "long serve line: the next request is answered" '{"id":2,"ok":true,"columns":["two"],"rows":[[2]]'
check "long serve line: at most 60 MiB held (took $mib MiB)" [ "$mib" -le 60 ]

finish
