curl -F 'photo=@files/photo.png' -F 'doc=@files/body.json' -F 'notes=@files/notes.txt' http://{{HOST}}/upload
