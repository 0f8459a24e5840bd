curl --data-urlencode 'q=hello world & more' --data-urlencode '=ünïcode*' --data-urlencode 'plain~text' \
  --data-urlencode 'msg@files/notes.txt' --data-urlencode @files/lines.txt http://{{HOST}}/enc
