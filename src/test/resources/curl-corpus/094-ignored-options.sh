curl -4 -v --retry 3 -o /dev/null --fail --no-buffer -w '%{http_code}' http://{{HOST}}/ignored
