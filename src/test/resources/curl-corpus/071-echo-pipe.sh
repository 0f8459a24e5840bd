echo '{"piped":true}' | curl -d @- -H 'Content-Type: application/json' http://{{HOST}}/pipe
