curl -H @files/headers.txt http://{{HOST}}/h
