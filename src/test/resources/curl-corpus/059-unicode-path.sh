curl 'http://{{HOST}}/café/日本?q=1'
