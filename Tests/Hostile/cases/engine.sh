# Execution on data of hostile shape: searches as deep as the graph, and searches that produce no
# row for ever, stopped by Ctrl-C, a serve interrupt and a serve timeout.
. "$(dirname "$0")/../lib.sh"

chain="CREATE INDEX FOR (c:C) ON (c.i); UNWIND range(1, 30000) AS i CREATE (:C {i: i});
MATCH (a:C) MATCH (b:C {i: a.i + 1}) CREATE (a)-[:NEXT]->(b)"
t --format csv -c "$chain; MATCH (a:C {i: 1})-[*]->(b) RETURN count(b) AS reached"
no_crash "a search along a chain of 30,000 nodes"
expect_output "the chain's end is reached" "29999"

# Five nodes, each related to every other: more trails than any run could enumerate, and none
# of 200 relationships or more (there are 20), so the search yields no row while it runs.
clique="UNWIND range(0, 4) AS i CREATE (:K {i: i}); MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:R]->(b)"
search="MATCH (a:K {i: 0})-[*200..]->(b) RETURN count(b)"

# Ctrl-C in the interactive shell (run in a terminal by `script`) while the search runs: the
# statement is cancelled, the graph is as before, and the shell answers the next statement.
# `script` runs its command through $SHELL; `exec` makes the program the terminal's only process,
# so the Ctrl-C reaches nobody else (a /bin/sh left waiting would die of it).
if command -v script >/dev/null; then
  out=$(set -o pipefail; (sleep 1; echo "$clique;"; sleep 1; echo "$search;"; sleep 2; printf '\003'; sleep 1
          echo "MATCH (k:K) RETURN count(k) AS k;"; sleep 0.5; echo ":quit") |
        SHELL=/bin/sh timeout -k 5 60 script -qfec "exec '$TRELLIS'" /dev/null 2>&1 | tr -d '\r')
  status=$?
  no_crash "Ctrl-C in the shell during a search without rows"
  expect_output "Ctrl-C cancels the statement" "Cancelled: the statement was stopped"
  expect_output "the shell answers afterwards" "│ 5 │"
else
  fail "the program script (util-linux) is needed to run the shell in a terminal"
fi

# serve: a request's timeout stops the search; an interrupt stops one without a limit; the
# server goes on answering.
mkfifo requests
timeout -k 5 60 "$TRELLIS" serve --stdio <requests >responses.txt 2>&1 &
pid=$!
exec 3>requests
printf '%s\n' "{\"id\": 1, \"query\": \"$clique\"}" >&3
printf '%s\n' "{\"id\": 2, \"query\": \"$search\", \"limits\": {\"timeout\": 0.2}}" >&3
printf '%s\n' "{\"id\": 3, \"query\": \"$search\"}" >&3
sleep 1
printf '%s\n' '{"id": 4, "command": "interrupt"}' >&3
printf '%s\n' '{"id": 5, "query": "MATCH (k:K) RETURN count(k) AS k"}' >&3
exec 3>&-
wait "$pid"
status=$?
out=$(cat responses.txt)
no_crash "serve with a search without rows"
expect_status "serve ends at the end of its input" 0
expect_output "the timeout stops request 2" '"id":2,"ok":false,"error":{"kind":"LimitExceeded","code":"Timeout"'
expect_output "the interrupt stops request 3" '"id":3,"ok":false,"error":{"kind":"Cancelled"'
expect_output "the server answers afterwards" '"id":5,"ok":true,"columns":["k"],"rows":[[5]]'
finish
