curl -T files/body.json -H 'Content-Type: application/json' http://{{HOST}}/put.json
