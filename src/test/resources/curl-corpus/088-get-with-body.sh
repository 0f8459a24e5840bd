curl -X GET -d 'q=1' http://{{HOST}}/getbody
