curl -A first -H 'User-Agent: second' http://{{HOST}}/ua
