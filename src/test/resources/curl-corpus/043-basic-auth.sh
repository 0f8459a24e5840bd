curl -u 'émile:p@ss:word' http://{{HOST}}/auth
