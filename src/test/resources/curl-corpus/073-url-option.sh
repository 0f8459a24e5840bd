curl --url http://{{HOST}}/via-url-option -H 'X-A: 1'
