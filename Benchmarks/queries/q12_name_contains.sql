SELECT urn, name FROM School WHERE contains(name, $text)
