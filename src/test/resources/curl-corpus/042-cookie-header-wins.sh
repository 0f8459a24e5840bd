curl -b 'a=1' -H 'Cookie: mine=2' http://{{HOST}}/c
