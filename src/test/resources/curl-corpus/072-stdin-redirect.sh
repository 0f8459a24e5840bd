curl --data-binary @- http://{{HOST}}/stdin < files/body.json
