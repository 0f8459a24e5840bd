curl --http1.1 http://{{HOST}}/v11
