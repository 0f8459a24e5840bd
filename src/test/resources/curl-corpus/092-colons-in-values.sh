curl -H 'X-Time: 12:30:00' -H 'X-Url: http://a.b/c?d=e' http://{{HOST}}/colon
