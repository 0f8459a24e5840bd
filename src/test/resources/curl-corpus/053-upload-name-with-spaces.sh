curl -T 'files/name with spaces.txt' http://{{HOST}}/dest/
