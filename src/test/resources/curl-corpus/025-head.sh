curl -I http://{{HOST}}/head
