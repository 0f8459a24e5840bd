curl --oauth2-bearer 'eyJhbGciOi.J9' http://{{HOST}}/auth
