curl 'http://user%40mail:se%3Acret@{{HOST}}/auth'
