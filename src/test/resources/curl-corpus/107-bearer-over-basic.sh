curl -u a:b --oauth2-bearer t0k http://{{HOST}}/auth
