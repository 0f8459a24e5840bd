curl -A 'MyAgent/1.0 (test)' http://{{HOST}}/ua
