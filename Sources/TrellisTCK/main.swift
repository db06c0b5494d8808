print("tck")
