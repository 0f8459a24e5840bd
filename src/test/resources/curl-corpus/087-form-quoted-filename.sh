curl -F 'upload=@files/notes.txt;filename="my notes.txt"' http://{{HOST}}/f
