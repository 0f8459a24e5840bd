curl -H 'Content-Type: multipart/form-data' -F a=1 http://{{HOST}}/mp
