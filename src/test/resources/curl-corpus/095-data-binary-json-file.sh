curl --data-binary @files/body.json -H 'Content-Type: application/json' http://{{HOST}}/bin
