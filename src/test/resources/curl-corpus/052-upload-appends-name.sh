curl -T files/notes.txt http://{{HOST}}/files/
