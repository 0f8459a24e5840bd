# expect-warning: --digest: curl first sends the request without credentials
curl --digest -u user:pw http://{{HOST}}/auth
