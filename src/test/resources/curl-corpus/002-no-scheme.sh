curl '{{HOST}}/no/scheme?x=1'
