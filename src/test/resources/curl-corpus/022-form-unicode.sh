curl -F 'name=Zoë 日本' -F 'file=@files/données.txt' http://{{HOST}}/upload
