UPDATE School SET pupils = pupils - 1 WHERE urn >= $lo AND urn < $hi
