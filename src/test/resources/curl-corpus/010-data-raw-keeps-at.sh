curl --data-raw '@not-a-file' http://{{HOST}}/raw
