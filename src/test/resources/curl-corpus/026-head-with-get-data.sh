curl -I -G -d 'x=1' http://{{HOST}}/head
