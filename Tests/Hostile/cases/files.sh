# Files beside a database: a lock file that is a link, a second name for the database, a journal
# from another copy, a flipped bit in the last journal record, a damaged snapshot header, output
# sent onto the database. Nothing may be written through a link, no database may get two
# writers, and no committed statement may be thrown away.
. "$(dirname "$0")/../lib.sh"

size() { wc -c < "$1" | tr -d ' '; }

# Flips bit 3 of the byte at offset $2 of file $1, in place.
flip() {
  local byte
  byte=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
  printf "\\$(printf '%03o' $((byte ^ 8)))" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

# Sets the byte at offset $2 of file $1 to the value $3, in place.
poke() {
  printf "\\$(printf '%03o' "$3")" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

# --- 4. The lock file is never followed --------------------------------------------------------
t s.trellis -c "CREATE (:School {urn: 1})"
expect_status "create s.trellis" 0
printf 'precious, not a lock\n' > victim.txt
cp victim.txt victim.copy
rm -f s.trellis.lock
ln -s victim.txt s.trellis.lock
t s.trellis -c "MATCH (n) RETURN count(n)"
no_crash "lock linked to a victim"
expect_status "lock linked to a victim is refused" 1
expect_output "lock linked to a victim names the problem" "UnsafeFile"
check "the victim of a linked lock is unchanged" cmp -s victim.txt victim.copy
t s.trellis --read-only -c "MATCH (n) RETURN count(n)"
expect_status "read-only needs no lock" 0

cp s.trellis s.copy
rm -f s.trellis.lock
ln -s s.trellis s.trellis.lock
t s.trellis -c "CREATE (:School {urn: 2})"
expect_status "lock linked to the snapshot is refused" 1
check "the snapshot behind a linked lock is unchanged" cmp -s s.trellis s.copy
rm -f s.trellis.lock
ln s.trellis s.trellis.lock
t s.trellis -c "CREATE (:School {urn: 2})"
expect_status "lock hard-linked to the snapshot is refused" 1
check "the snapshot behind a hard-linked lock is unchanged" cmp -s s.trellis s.copy

rm -f s.trellis.lock
mkfifo s.trellis.lock
LIMIT=10 t s.trellis -c "RETURN 1"
no_crash "a FIFO as lock file does not hang"
expect_status "a FIFO as lock file is refused" 1
rm -f s.trellis.lock
mkdir s.trellis.lock
LIMIT=10 t s.trellis -c "RETURN 1"
no_crash "a folder as lock file"
expect_status "a folder as lock file is refused" 1
rmdir s.trellis.lock
printf 'meeting notes\n' > s.trellis.lock
t s.trellis -c "RETURN 1"
expect_status "a lock file holding text is refused" 1
check "a lock file holding text is left alone" grep -q "meeting notes" s.trellis.lock
printf '99999999\n' > s.trellis.lock
t s.trellis -c "MATCH (n) RETURN count(n) AS n"
expect_status "a stale lock file is taken" 0

# Temporary files that are links are removed, not written through.
ln -s victim.txt s.trellis.snapshot-tmp
ln -s victim.txt s.trellis.journal-tmp
t s.trellis -c "CREATE (:School {urn: 3}); CHECKPOINT"
expect_status "checkpoint beside linked temporaries" 0
check "the victim of linked temporaries is unchanged" cmp -s victim.txt victim.copy
mv s.trellis.journal s.journal.real
ln -s victim.txt s.trellis.journal
t s.trellis -c "RETURN 1"
expect_status "a journal that is a link is refused" 1
check "the victim of a linked journal is unchanged" cmp -s victim.txt victim.copy
rm -f s.trellis.journal
mv s.journal.real s.trellis.journal

# --- 5. One database, one writer, whatever it is called --------------------------------------
t db.trellis -c "CREATE (:School {urn: 10})"
ln -s db.trellis alias.trellis
mkdir sub
mkfifo feed
# The first writer reads its statements from a FIFO, and holds the database until it closes.
"$TRELLIS" db.trellis < feed > writer.out 2>&1 &
writer=$!
exec 3> feed
printf 'CREATE (:Held {by: "first writer"});\n' >&3
held=0
for _ in $(seq 1 100); do
  t db.trellis --read-only --format csv -c "MATCH (h:Held) RETURN count(h) AS n"
  case "$out" in *1*) held=1; break ;; esac
  sleep 0.1
done
ln db.trellis hard.trellis
check "the first writer started" test "$held" -eq 1
for name in alias.trellis ./db.trellis sub/../db.trellis "$PWD/db.trellis" "$PWD/./alias.trellis" hard.trellis; do
  t "$name" -c "CREATE (:School {urn: 11})"
  no_crash "second writer as $name"
  expect_status "second writer as $name is refused" 1
done
exec 3>&-
wait "$writer"
check "no journal for the alias" test ! -e alias.trellis.journal
check "no journal for the hard link" test ! -e hard.trellis.journal
t alias.trellis --read-only --format csv -c "MATCH (h:Held) RETURN count(h) AS n"
expect_output "read-only through the alias sees the writer's journal" "1"
t hard.trellis -c "RETURN 1"
expect_status "a hard-linked database is not opened for writing" 1
expect_output "a hard-linked database names the problem" "hard links"
rm -f hard.trellis
t alias.trellis -c "CREATE (:School {urn: 12}); CHECKPOINT"
expect_status "a writer through the alias, alone" 0
check "the alias is still a link after a checkpoint" test -L alias.trellis
t db.trellis --format csv -c "MATCH (s:School) RETURN count(s) AS n"
expect_output "the alias wrote to the database itself" "2"
ln -s nowhere.trellis dangling.trellis
t dangling.trellis -c "RETURN 1"
expect_status "a link to nothing is not followed to create a database" 1
check "nothing was created where the link points" test ! -e nowhere.trellis
t new dangling.trellis
expect_status "trellis new through a link to nothing" 1
check "trellis new created nothing where the link points" test ! -e nowhere.trellis

# --- 6. A journal from another copy is not thrown away ---------------------------------------
t x.trellis -c "CREATE (:School {urn: 0})"
cp x.trellis y.trellis
cp x.trellis.journal y.trellis.journal
t y.trellis -c "CREATE (:S {n: 1}); CREATE (:S {n: 2}); CREATE (:S {n: 3}); CREATE (:S {n: 4}); CREATE (:S {n: 5})"
expect_status "five statements in the copy" 0
t x.trellis -c "CHECKPOINT"
expect_status "checkpoint of the original" 0
cp y.trellis.journal x.trellis.journal
cp x.trellis.journal x.journal.copy
t x.trellis -c "MATCH (n) RETURN count(n)"
expect_status "a journal of another copy is refused" 1
expect_output "a journal of another copy is a JournalMismatch" "JournalMismatch"
expect_no_output "no false claim of an interrupted checkpoint" "finished a checkpoint"
t x.trellis --read-only -c "MATCH (n) RETURN count(n)"
expect_status "a journal of another copy is refused read-only" 1
expect_output "read-only: a JournalMismatch" "JournalMismatch"
check "the copied journal is untouched" cmp -s x.trellis.journal x.journal.copy
rm x.trellis.journal
t x.trellis --read-only -c "MATCH (n) RETURN count(n)"
expect_status "read-only without a journal" 0
expect_output "read-only reports a missing journal" "the journal is missing"

# --- 7. A flipped bit in the last journal record is damage, not a torn write ------------------
t f.trellis -c "CREATE (:S {n: 1}); CREATE (:S {n: 2})"
last=$(size f.trellis.journal)
t f.trellis -c "CREATE (:S {n: 3, name: 'the last statement'})"
end=$(size f.trellis.journal)
cp f.trellis.journal f.journal.good
for offset in $((end - 2)) $((last + 4)) $((last + 30)); do
  cp f.journal.good f.trellis.journal
  flip f.trellis.journal "$offset"
  cp f.trellis.journal f.journal.damaged
  t f.trellis -c "MATCH (s:S) RETURN count(s)"
  no_crash "bit flip at byte $offset"
  expect_status "bit flip at byte $offset is refused" 1
  expect_output "bit flip at byte $offset is damage" "CorruptFile"
  t f.trellis --read-only -c "MATCH (s:S) RETURN count(s)"
  expect_status "bit flip at byte $offset is refused read-only" 1
  check "the journal flipped at byte $offset is untouched" cmp -s f.trellis.journal f.journal.damaged
done
# A last record cut short is a torn write: dropped with a warning, everything before it kept.
head -c $((end - 3)) f.journal.good > f.trellis.journal
t f.trellis --format csv -c "MATCH (s:S) RETURN count(s) AS n"
expect_status "a torn last record is repaired" 0
expect_output "a torn last record is reported" "warning:"
expect_output "the records before a torn one are kept" "2"

# --- The snapshot header: checksum before version and flags -----------------------------------
t h.trellis -c "CREATE (:School {urn: 1})"
cp h.trellis h.good
poke h.trellis 12 2
cp h.trellis h.damaged
t h.trellis -c "RETURN 1"
expect_status "damaged flags are refused" 1
expect_output "damaged flags are a checksum mismatch" "ChecksumMismatch"
expect_no_output "damaged flags are not a newer version" "UnsupportedFormatVersion"
check "the damaged snapshot is untouched" cmp -s h.trellis h.damaged
cp h.good h.trellis
poke h.trellis 8 3
t h.trellis --read-only -c "RETURN 1"
expect_status "a damaged version is refused" 1
expect_output "a damaged version is a checksum mismatch" "ChecksumMismatch"

# --- Output never replaces a database ---------------------------------------------------------
cp db.trellis db.copy
cp db.trellis.journal db.journal.copy
t dump --db db.trellis --output db.trellis
expect_status "a dump onto the database is refused" 1
check "the database is unchanged after a dump onto it" cmp -s db.trellis db.copy
t export --dot --db db.trellis --output alias.trellis -c "MATCH (n) RETURN n"
expect_status "an export through a link onto the database is refused" 1
t dump --db db.trellis --output db.trellis.journal
expect_status "a dump onto the journal is refused" 1
check "the journal is unchanged after a dump onto it" cmp -s db.trellis.journal db.journal.copy
t db.trellis --format csv -c "MATCH (s:School) RETURN count(s) AS n"
expect_output "the database still opens with its statements" "2"

finish
