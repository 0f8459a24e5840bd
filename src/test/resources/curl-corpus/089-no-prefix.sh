curl --no-compressed --compressed --no-compressed http://{{HOST}}/no
