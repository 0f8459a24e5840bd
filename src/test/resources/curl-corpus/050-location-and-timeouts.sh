curl -L -m 12.5 --connect-timeout 3 http://{{HOST}}/t
