# expect-warning: --digest authentication is not available
curl --digest -u user:pw http://{{HOST}}/auth
