curl --url-query 'q=a b' --url-query '+raw=x%20y' --url-query 'k=ü*' --url-query 'ü' 'http://{{HOST}}/uq?start=0'
