print("aims")
