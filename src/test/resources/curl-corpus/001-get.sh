curl http://{{HOST}}/hello
