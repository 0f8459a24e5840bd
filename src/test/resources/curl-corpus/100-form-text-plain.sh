curl -F 'a=x;type=text/plain' -F 'b=<files/notes.txt' http://{{HOST}}/f
