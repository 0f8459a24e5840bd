curl -H 'Authorization: Bearer abc123' -u ignored:pw http://{{HOST}}/auth
