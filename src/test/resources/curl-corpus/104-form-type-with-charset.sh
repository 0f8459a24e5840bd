curl -F 'x=@files/body.json;type=application/json; charset=utf-8' http://{{HOST}}/f
