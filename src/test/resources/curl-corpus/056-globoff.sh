curl -g http://{{HOST}}/plain?x=1
