curl -sSL 'http://{{HOST}}/items?page=2&size=10'
