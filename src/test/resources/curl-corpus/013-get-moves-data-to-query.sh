curl -G -d 'q=search' --data-urlencode 'name=Zoë Smith' 'http://{{HOST}}/search?lang=en'
