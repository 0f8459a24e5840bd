curl 'http://{{HOST}}/api/notes' \
  -H 'content-type: application/json' \
  --data-raw $'{"note":"it\'s fine","path":"C:\\\\temp"}'
