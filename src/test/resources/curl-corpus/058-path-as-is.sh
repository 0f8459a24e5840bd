curl --path-as-is 'http://{{HOST}}/a/../b'
