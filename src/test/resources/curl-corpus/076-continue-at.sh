curl -C 100 http://{{HOST}}/resume
